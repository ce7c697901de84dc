// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.038465846614739) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 91ca4275b5da7b454d08a2c778dd9e4508cc640dcfe89c6b15b8acb65a14e82c
