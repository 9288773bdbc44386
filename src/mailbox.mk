# src/mailbox.mk: rules for this part (filled in by its owner).
