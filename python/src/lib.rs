//! `concord_spark._concord`: concord's dedup kernels for Python, over Arrow
//! record batches. Same code as the `concord` binary (the `concord` library
//! by path), not a rewrite: the PySpark driver (`concord_spark`) moves the
//! data, these functions compute.

mod arrow;
mod input;
mod kernels;
mod synth;

use pyo3::prelude::*;

#[pymodule]
fn _concord(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<arrow::Batch>()?;
    m.add_function(wrap_pyfunction!(input::list_inputs, m)?)?;
    m.add_function(wrap_pyfunction!(input::read_file, m)?)?;
    m.add_class::<input::FileReader>()?;
    m.add_function(wrap_pyfunction!(input::duplicate_reason, m)?)?;
    m.add_function(wrap_pyfunction!(input::kept_records, m)?)?;
    m.add_function(wrap_pyfunction!(synth::synth_jsonl, m)?)?;
    m.add_class::<kernels::Kernels>()?;
    m.add_class::<kernels::Detector>()?;
    m.add_function(wrap_pyfunction!(kernels::dedup_records, m)?)?;
    m.add_function(wrap_pyfunction!(kernels::components, m)?)?;
    m.add("FILE_SHIFT", input::FILE_SHIFT)?;
    Ok(())
}
