import type { AppError } from '../../../shared/result';

/** Graph's request id, when main put one in the error's detail: Microsoft support asks for it. */
export function requestIdOf(error: AppError): string | null {
  const detail = error.detail ?? {};
  for (const key of ['graphRequestId', 'requestId', 'request-id', 'clientRequestId']) {
    const value = detail[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}
