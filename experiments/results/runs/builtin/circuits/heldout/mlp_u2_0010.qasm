// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.05006139409859012) q[0];
ry(2.121721267110736) q[0];
rz(0.026221817627268607) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5ba29b2f89e70ee86b6111e092bd5a3bcbd88e8a077d6e77b351d0952f0d9968
