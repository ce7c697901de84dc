// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2637424486093343) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d08c5647b0212f5ae0c6a3ae81c032e3edfe230025538700ee03ce01a0ee031e
