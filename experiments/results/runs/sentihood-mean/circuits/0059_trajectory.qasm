// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.38704378268190887) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 59977a786efd4ab07594eb0a03f7842728c645c31bdcad122343428a9b8e3efd
