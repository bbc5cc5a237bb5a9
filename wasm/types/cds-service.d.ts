// The API of `tsb-akutt/cds-service` (Node only): a CDS Hooks 2.0 service for node:http over the FHIR
// entry. Hand-written. (scripts/pkg.sh makes the CommonJS copy `cds-service.d.cts`.)
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';

export interface CdsServiceOptions {
  /** The largest request body read, in bytes (413 past it). Default 1 MiB. */
  maxBodyBytes?: number;
  /** A path before `/cds-services` (`/cds` serves `/cds/cds-services`). Default none. */
  basePath?: string;
}

/** A service of the discovery document. */
export interface CdsServiceDescription {
  hook: string;
  id: string;
  title: string;
  description: string;
  prefetch?: Record<string, string>;
  usageRequirements?: string;
}

/** The discovery document (`GET /cds-services`). */
export declare const DISCOVERY: { readonly services: readonly CdsServiceDescription[] };
/** The custom hook whose context carries the QuestionnaireResponse: `tsb-akutt-assessment`. */
export declare const CUSTOM_HOOK: 'tsb-akutt-assessment';
/** The canonical URL of the Questionnaire the services read responses to. */
export declare const QUESTIONNAIRE_URL: string;
export declare const DEFAULT_MAX_BODY_BYTES: number;

/** A request handler for `http.createServer` (or a route of any node:http server). */
export declare function createHandler(
  options?: CdsServiceOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** An `http.Server` with the handler, not yet listening. */
export declare function createServer(options?: CdsServiceOptions): Server;

export type { RequestListener };
