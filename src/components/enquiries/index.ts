// components/enquiries: "Anfrage an die Stadt" — a question or request to the city where no specific online
// service exists. Registers its case kind with kernel/cases and serves /anfrage/neu and its confirmation.
import type { FastifyInstance } from "fastify";
import { registerEnquiryKind } from "./enquiry-kind.ts";
import { enquiryRoutes, type EnquiryRoutesOptions } from "./enquiry-routes.ts";

export { ENQUIRY_KIND, ENQUIRY_ANSWER_WORKING_DAYS, DEPARTMENT_UNKNOWN, enquiryKind, registerEnquiryKind } from "./enquiry-kind.ts";
export { submitEnquiry, submitEnquiryInput, type SubmitEnquiryInput, type SubmitEnquiryResult, type EnquiryDeps } from "./submit-enquiry.ts";
export { enquiryRouting, departmentChoices, UNKNOWN_DEPARTMENT, type EnquiryRouting } from "./routing.ts";
export type { EnquiryRoutesOptions as EnquiriesOptions } from "./enquiry-routes.ts";

/** The component as a Fastify plugin: the case kind, the form and the confirmation pages. */
export async function enquiriesPlugin(app: FastifyInstance, options: EnquiryRoutesOptions): Promise<void> {
  registerEnquiryKind();
  await enquiryRoutes(app, options);
}
