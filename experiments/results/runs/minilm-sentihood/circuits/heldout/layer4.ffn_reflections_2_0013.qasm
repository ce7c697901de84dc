// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9095691905605437) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5b991126761f22c9056aeaf8e6fda5eed57982ed0e8b5b21b6b3ce1a1f922251
