/** The small × that removes a row, item or field; `label` is its accessible name. */
export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="icon" aria-label={label} onClick={onClick}>
      ×
    </button>
  )
}
