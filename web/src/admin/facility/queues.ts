/** The bench's queues, by device status: awaiting inspection, reports to send, awaiting the customer, payouts, returns. */
export const QUEUES = ['Received', 'Inspected', 'Valuated', 'Accepted', 'ReturnRequested'] as const;
export type Queue = (typeof QUEUES)[number];
/** Payouts and returns are a facility lead's (the server refuses technicians the same). */
export const LEAD_QUEUES: readonly Queue[] = ['Accepted', 'ReturnRequested'];
