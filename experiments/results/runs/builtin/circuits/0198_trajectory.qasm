// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.21461259306434322) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 be0aea899a8f3798af1bd2442f648886e4498054debfdba0d70e8db4cd46327c
