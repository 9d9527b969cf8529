/**
 * What falls due (việc đến hạn): the dates the law sets from a person's record — salary raises and
 * the over-ceiling allowance, retirement with its notice and decision, the end of appointment and
 * elected terms, the end of probation, the standards deadline — computed from the record each time,
 * so that recording the raise, the retirement, the reappointment or the qualification closes the item.
 */
package vn.chuan.due;
