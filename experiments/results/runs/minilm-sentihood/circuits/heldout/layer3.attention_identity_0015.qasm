// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8501671893286316) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a6c68ba6d8944a9649d945189d8768bd486a08b4f7728aae236a9289a9c4a24e
