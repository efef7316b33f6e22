/**
 * Server-side rendering of an awaited page element for integration tests: HTML as a browser would first
 * receive it, with the providers the client components expect (app router, query cache), plus the text of
 * every prop in the element tree, which is what the RSC payload would carry to client components.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { createElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";

export function renderPageHtml(page: ReactNode): string {
  const router: AppRouterInstance = { back() {}, forward() {}, refresh() {}, push() {}, replace() {}, prefetch() {}, bfcacheId: "test" };
  const queries = createElement(QueryClientProvider, { client: new QueryClient() }, page);
  return renderToString(createElement(AppRouterContext.Provider, { value: router }, queries));
}

/**
 * Every prop value of the tree as JSON. Left out: functions, React's internal "_" fields, and element
 * types (component modules, not data); a value met twice is written once.
 */
export function elementTreeText(page: ReactNode): string {
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(page, (key, value: unknown) => {
      if (key.startsWith("_") || typeof value === "function" || (key === "type" && typeof value === "object")) return undefined;
      if (typeof value === "object" && value !== null) {
        if (seen.has(value)) return undefined;
        seen.add(value);
      }
      return value;
    }) ?? ""
  );
}
