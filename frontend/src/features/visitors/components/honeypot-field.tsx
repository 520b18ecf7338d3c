import { useId } from "react";

interface HoneypotFieldProps {
  value: string;
  onChange: (value: string) => void;
}

// Off the screen rather than `display: none`, which form-filling robots skip; hidden from
// screen readers and out of the tab order, so people never meet it.
const OFF_SCREEN = {
  position: "absolute",
  left: "-10000px",
  top: "auto",
  width: 1,
  height: 1,
  overflow: "hidden",
} as const;

/** A field only robots fill in. Whatever it holds is sent; the server decides. */
export function HoneypotField({ value, onChange }: HoneypotFieldProps) {
  const id = useId();
  return (
    <div aria-hidden="true" style={OFF_SCREEN}>
      <label htmlFor={id}>Leave this field empty</label>
      <input
        id={id}
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
