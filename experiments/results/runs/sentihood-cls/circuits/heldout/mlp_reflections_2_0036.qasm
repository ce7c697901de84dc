// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0597810552398803) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e01206126da8937e0564fc3a1bbd366d1ed504639f316a3413381c17267e9f01
