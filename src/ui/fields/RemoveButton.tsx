import { Button } from '@patternfly/react-core'
import { PlusCircleIcon, TimesIcon } from '@patternfly/react-icons'

/** The icon button that removes a row, item or field; `label` is its accessible name. */
export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      variant="plain"
      className="field-remove"
      aria-label={label}
      title={label}
      icon={<TimesIcon />}
      onClick={onClick}
    />
  )
}

/** The link button that adds an item, row or key. */
export function AddButton(props: {
  id?: string
  disabled?: boolean
  onClick: () => void
  text: string
}) {
  return (
    <Button
      variant="link"
      className="field-add"
      id={props.id}
      isDisabled={props.disabled}
      icon={<PlusCircleIcon />}
      onClick={props.onClick}
    >
      {props.text}
    </Button>
  )
}
