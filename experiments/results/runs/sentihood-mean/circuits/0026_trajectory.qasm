// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7487008408132837) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e31ed7ed8b19882834713dd18e9e7dcaf22340c56c39853e20c7450ba9a21d7
