// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.432893581731512) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7ed18bf5dcc6cc4068f53237fb5041e4c45ad9ee1d01e489a1d4c51d6c3d9426
