// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9504524303998875) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 caa79a9074c1e5efecf86aaaae4ae9ab4efbaf124c7902179112d55a425fbebb
