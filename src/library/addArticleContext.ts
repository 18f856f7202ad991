import { createContext, useContext } from 'react';

/** Opens the add-article dialog, optionally with a file already chosen (a drop). */
export type OpenAddArticle = (file?: File) => void;

export const AddArticleContext = createContext<OpenAddArticle>(() => {});

/** The frame's "Add article" action, for the header, the library's empty state and its toolbar. */
export const useOpenAddArticle = () => useContext(AddArticleContext);
