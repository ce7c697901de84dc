// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2328372166525874) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7fed5eac87cb4470bbe92d274c1b57c78daf3e067e6a63b7de492ed7a2c4e5e9
