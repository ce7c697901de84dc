// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5333124426115) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 df6a81c7153d8b3f61315feb1f62bf2e7bc4a62eea1729d2e7f8cef46c1722b5
