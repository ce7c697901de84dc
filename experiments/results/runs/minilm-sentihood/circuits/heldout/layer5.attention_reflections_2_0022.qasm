// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8157771301986378) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9c84e0c2b87967494c298a9855efd1c8b06ee22de26c5382a77ede022ba5199e
