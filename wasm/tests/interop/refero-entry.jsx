// The page of the refero render test (refero.test.mjs bundles it with esbuild): helsenorge's renderer
// refero in a redux store, as its README shows, with a Questionnaire given by the test.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { legacy_createStore as createStore, applyMiddleware } from 'redux';
import { Refero, rootReducer } from '@helsenorge/refero';

// refero's own thunks (redux-thunk's two lines).
const thunk = ({ dispatch, getState }) => (next) => (action) =>
  typeof action === 'function' ? action(dispatch, getState) : next(action);
// The texts refero asks a host for (buttons, validation messages): each shows its own key.
const resources = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `[${key}]` : undefined) });

window.renderRefero = (questionnaire, language) => {
  const store = createStore(rootReducer, applyMiddleware(thunk));
  createRoot(document.getElementById('root')).render(
    <Provider store={store}>
      <Refero
        questionnaire={questionnaire}
        language={language}
        resources={resources}
        authorized
        loginButton={<button type="button">login</button>}
        onCancel={() => {}}
        onSave={() => {}}
        onSubmit={() => {}}
      />
    </Provider>,
  );
};
