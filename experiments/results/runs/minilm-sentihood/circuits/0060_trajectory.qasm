// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8121579899449575) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 43422a44c144a761f613784d45b5ead79ba5d6af579261d6336b0ae54128b67e
