import type { FaultMode } from './faults';

/** One request to a dialer API path, as the simulator saw and answered it. */
export interface RequestLogEntry {
  /** ISO time the request arrived. */
  time: string;
  method: string;
  path: string;
  /** Which emulated script answered: `elision` (elision_api.php) or `vicidial` (non_agent_api.php). */
  backend: string;
  /**
   * The parameters the script read (query string wins over the form body; a repeated name
   * keeps its last value). `pass`, `agent_pass` and `phone_pass` are kept as sent: test tool.
   */
  params: Record<string, string>;
  /** Parameter names that came from a form-encoded POST body rather than the query string. */
  bodyParams: string[];
  /** The `function` parameter, for quick filtering. */
  function: string;
  /** Bytes in `METHOD SP URL SP HTTP/x.y`, the figure Apache's 414 limit applies to. */
  requestLineLength: number;
  /** The fault applied; `uri-too-long` for Apache's 414; null for a normal reply. */
  fault: FaultMode | 'uri-too-long' | null;
  /** Whether the request's work was done (state changed if the call succeeded). */
  processed: boolean;
  /** HTTP status sent; null while pending or when no reply was sent (hang, drop). */
  status: number | null;
  /** Body sent; null when none was sent. */
  responseBody: string | null;
}
