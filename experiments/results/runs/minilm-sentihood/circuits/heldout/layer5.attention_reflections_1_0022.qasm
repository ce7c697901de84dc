// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.8157770335974329) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 81ad4e65a3dec2093e804b1eb1272b27b08d3ac4c08c16dca0ccd56208d5d9fe
