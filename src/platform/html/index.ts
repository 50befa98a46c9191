// Public surface of platform/html: the page frame, shared components and the form helper.
export { renderPage } from "./render.ts";
export { usePage, type PageContext, type SiteChrome, type NavLink, type Viewer } from "./page-context.ts";
export { Layout, type LayoutProps } from "./layout.tsx";
export { ErrorSummary, type FieldErrors } from "./components/error-summary.tsx";
export { TextField, TextArea, SelectField, RadioGroup, CsrfField, CSRF_FIELD } from "./components/form-fields.tsx";
export { Breadcrumbs, Pagination, type Crumb } from "./components/navigation.tsx";
export { StatusTag, NotificationBanner, ConfirmationPanel, SummaryList, type SummaryRow, type Tone } from "./components/feedback.tsx";
export { parseFormInput, errorMapFor, type FormResult } from "./form-input.ts";
export { htmlMessages } from "./messages.ts";
export { assetsPlugin, assetVersion } from "./assets-plugin.ts";
