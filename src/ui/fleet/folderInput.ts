/** The toolbar's hidden directory input, which Open folder clicks where there is no picker. */
let input: HTMLInputElement | null = null

export const setFolderInput = (el: HTMLInputElement | null) => {
  input = el
}

export const folderInput = () => input
