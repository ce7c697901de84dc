// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.37490426477694183) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 820bb8b0124f413f2a9c6cf1054c3f57fb5fe3e6628a965dc90bd31848ea7aa5
