// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.37490426477694117) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3faac31c36b269f2a7aa388df9b038c46ad01cc813ed9dc13417035e713277ea
