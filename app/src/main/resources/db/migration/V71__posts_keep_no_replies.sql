-- Decision 0111: the moderation inbox reads replies, comments and mentions itself (inbox_items);
-- posts' sync no longer keeps a second copy of other people's words. Nothing read post_replies.
drop table post_replies;
alter table post_sync drop column replies_found;
