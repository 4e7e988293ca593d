/** The drag-and-drop data type that carries a lead card's id from its column to another. */
export const LEAD_DRAG_TYPE = 'application/x-salesbot-lead';
