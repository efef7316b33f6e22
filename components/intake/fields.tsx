/** The intake form uses the shared controls; this module keeps its sections' imports short. */
export { buttonPrimary, buttonSecondary, GroupError, SelectField, TextAreaField } from "@/components/ui/form-fields";
