// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8796490921058826) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0dec2df1742300c828d6fac0e6806635db239558c7e4646d3258ea885d9a9b18
