// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.395594067889826) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 128637527ca95834a869c65c68f1e927acf92f641dc8f2eaf40c2cd703bdfb00
