# The nine held-out sets the quality scripts score, each with the finding categories that count as
# flagged for it (docs/quality.md, "Held-out development data"). Sourced by learned-quality.sh and
# encoder-quality.sh, so both score the same sets the same way.
SETS="davidson_any_heldout davidson_hate_heldout edos_dev toxigen_heldout heldout_hate heldout_harassment heldout_threat heldout_sexism heldout_tone"
declare -A CATS=(
  [davidson_any_heldout]="profanity,slur,hate,harassment,threat,sexism,tone"
  [davidson_hate_heldout]="slur,hate,threat"
  [edos_dev]="sexism"
  [toxigen_heldout]="slur,hate,harassment,threat,sexism"
  [heldout_hate]="hate,slur"
  [heldout_harassment]="harassment,threat"
  [heldout_threat]="threat"
  [heldout_sexism]="sexism"
  [heldout_tone]="tone,profanity,hate,slur,harassment,threat,sexism"
)
