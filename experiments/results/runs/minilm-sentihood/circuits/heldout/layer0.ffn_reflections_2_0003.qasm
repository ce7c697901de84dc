// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6742560737350147) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b29536613cef0cef8399cce062532d41e37020530ef646823998956018ba302
