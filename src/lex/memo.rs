//! A reading per token, kept on first asking: for the pure readings the
//! fact rules ask of one token many times (the small number at a word, the
//! gazetteer entries that start at it). Consumes nothing but the token
//! index; the answer must depend on the token alone.

use std::cell::RefCell;

/// Answers by token index, each read once (the table is sized at the first
/// answer kept).
#[derive(Debug, Clone, Default)]
pub struct TokenMemo<T>(RefCell<Vec<Option<T>>>);

impl<T: Clone> TokenMemo<T> {
    /// `look` at the answer for token `i` of `len` tokens: the kept one,
    /// else `read()`, kept (an `i` past `len` is read and not kept).
    /// `look` must not ask this memo again.
    pub fn with<R>(
        &self,
        i: usize,
        len: usize,
        read: impl FnOnce() -> T,
        look: impl FnOnce(&T) -> R,
    ) -> R {
        if let Some(Some(known)) = self.0.borrow().get(i) {
            return look(known);
        }
        // not borrowed while reading: a reading may ask of other tokens
        let value = read();
        let answer = look(&value);
        let mut memo = self.0.borrow_mut();
        if memo.is_empty() {
            memo.resize(len, None);
        }
        if let Some(slot) = memo.get_mut(i) {
            *slot = Some(value);
        }
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::TokenMemo;
    use std::cell::Cell;

    #[test]
    fn each_token_is_read_once() {
        let memo: TokenMemo<usize> = TokenMemo::default();
        let reads = Cell::new(0);
        let read = |i: usize| {
            reads.set(reads.get() + 1);
            i * 10
        };
        assert_eq!(memo.with(2, 4, || read(2), |v| *v), 20);
        assert_eq!(memo.with(2, 4, || read(2), |v| *v + 1), 21);
        assert_eq!(memo.with(3, 4, || read(3), |v| *v), 30);
        assert_eq!(reads.get(), 2);
        // past the end: read every time, never kept
        assert_eq!(memo.with(9, 4, || read(9), |v| *v), 90);
        assert_eq!(memo.with(9, 4, || read(9), |v| *v), 90);
        assert_eq!(reads.get(), 4);
    }
}
