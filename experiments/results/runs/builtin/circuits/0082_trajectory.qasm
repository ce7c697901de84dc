// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2909212934679677) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a343ff7d5cdf5ab5973b76be43dcc3b15dbcf5e7fd08b20a65ebecb91b690bcc
