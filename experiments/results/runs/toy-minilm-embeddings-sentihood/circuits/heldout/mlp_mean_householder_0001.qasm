// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.8573873124954067) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8b18c0bd49345a95ff6f74b83c7e06dae9ce3f31d271b02042ab39abc891c6ea
