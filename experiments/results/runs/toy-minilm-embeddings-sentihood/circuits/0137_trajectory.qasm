// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3302738224720869) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 81a72d85afe76fb7edff4e0131a6efe749a62418e3fd6e289b0e38b9bb3d0432
