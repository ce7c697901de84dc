// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.270407433985694) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bb4436b109676f1e5c1c0faed051a9f907ec5d16cd82bfa4aa70394d53758747
