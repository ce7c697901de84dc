// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1721196739571376) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 924a98ef66d3806eeeca2109f3c82bc2b10d94002290931739a4fa99a127b3b8
