//! Arrow record batches across the Python boundary, through the Arrow C
//! data interface's PyCapsule protocol (`__arrow_c_array__`): pyarrow (or
//! any Arrow library) hands batches in, [`Batch`] hands them back, with no
//! copy of the buffers either way.

use arrow_array::ffi::{from_ffi, FFI_ArrowArray, FFI_ArrowSchema};
use arrow_array::{Array, ArrayRef, RecordBatch, StructArray};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyTuple};

/// Reads a record batch from any object with `__arrow_c_array__`
/// (a `pyarrow.RecordBatch`).
pub fn import(obj: &Bound<'_, PyAny>) -> PyResult<RecordBatch> {
    let pair = obj.call_method0("__arrow_c_array__").map_err(|_| {
        PyTypeError::new_err("expected an Arrow record batch (an object with __arrow_c_array__)")
    })?;
    let pair = pair.downcast::<PyTuple>()?;
    let schema = pair.get_item(0)?;
    let array = pair.get_item(1)?;
    let schema = schema.downcast::<PyCapsule>()?;
    let array = array.downcast::<PyCapsule>()?;
    // SAFETY: the capsules are the C data interface structs their names
    // promise (pyarrow's export); the array is moved out (its release
    // callback then belongs to us), the schema only borrowed.
    let data = unsafe {
        let schema = &*(schema.pointer() as *const FFI_ArrowSchema);
        let array = FFI_ArrowArray::from_raw(array.pointer() as *mut FFI_ArrowArray);
        from_ffi(array, schema)
    }
    .map_err(|e| PyValueError::new_err(format!("bad Arrow batch: {e}")))?;
    let array = StructArray::from(data);
    Ok(RecordBatch::from(&array))
}

/// A record batch made in Rust, for `pyarrow.record_batch(batch)`.
#[pyclass(module = "concord_spark._concord", frozen)]
pub struct Batch(pub RecordBatch);

#[pymethods]
impl Batch {
    /// The PyCapsule protocol: `(schema capsule, array capsule)`.
    #[pyo3(signature = (requested_schema = None))]
    fn __arrow_c_array__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let _ = requested_schema;
        let array: ArrayRef = std::sync::Arc::new(StructArray::from(self.0.clone()));
        let data = array.to_data();
        let schema = FFI_ArrowSchema::try_from(data.data_type())
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let array = FFI_ArrowArray::new(&data);
        let schema = PyCapsule::new(py, schema, Some(c"arrow_schema".to_owned()))?;
        let array = PyCapsule::new(py, array, Some(c"arrow_array".to_owned()))?;
        PyTuple::new(py, [schema.into_any(), array.into_any()])
    }

    /// Number of rows.
    fn __len__(&self) -> usize {
        self.0.num_rows()
    }
}

/// A typed column of `batch` by name, or a clear error.
pub fn column<'a, T: 'static>(batch: &'a RecordBatch, name: &str) -> PyResult<&'a T> {
    let col = batch
        .column_by_name(name)
        .ok_or_else(|| PyValueError::new_err(format!("batch has no column {name:?}")))?;
    col.as_any().downcast_ref::<T>().ok_or_else(|| {
        PyValueError::new_err(format!(
            "column {name:?} has type {}, not the expected one",
            col.data_type()
        ))
    })
}

/// Builds a batch from named columns, every field nullable (as Spark
/// declares the schemas of `mapInArrow` and `applyInArrow` results).
pub fn batch(columns: Vec<(&str, ArrayRef)>) -> PyResult<Batch> {
    RecordBatch::try_from_iter_with_nullable(columns.into_iter().map(|(n, a)| (n, a, true)))
        .map(Batch)
        .map_err(|e| PyValueError::new_err(e.to_string()))
}
