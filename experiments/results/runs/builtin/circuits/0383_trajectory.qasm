// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5684701086189023) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8a09f6606f338cd07c41f65e617f8ffcea822aacb3c8b00a1ec547c11b4f05da
