// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9948749085020507) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e9148093d286dae79aab852de4d78b0b48d29e48465f6e10962e5568ec69e49c
