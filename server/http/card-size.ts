/** Every card picture (link previews, PNG downloads): the size link previews expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
