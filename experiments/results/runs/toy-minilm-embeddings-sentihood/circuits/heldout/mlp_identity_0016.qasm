// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.390468989971425) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 74d62e8e9ba251e216effbead80b05d6175d3e8dc750b8ddd4edff28ce02e9c6
