// Discord's ids (servers, channels, roles, users) are snowflakes: 17 to 20 decimal digits.

const SNOWFLAKE = /^\d{17,20}$/;

/** Whether `text` can be a Discord id: a setting, a stored subscription or a role to mention is checked with it. */
export function isSnowflake(text: string): boolean {
  return SNOWFLAKE.test(text);
}
